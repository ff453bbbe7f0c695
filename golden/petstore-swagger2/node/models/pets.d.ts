// Data types of the API used by the operations of `client.pets`.

export interface ErrorModel {
  code: number;
  message: string;
}

export type ListPetsStatus =
  | "available"
  | "pending"
  | "sold"
  | (string & {});

export interface NewPet {
  /** What the pet answers to: "Rex", say. */
  name: string;
  tag?: string;
  status?: NewPetStatus;
}

export type NewPetStatus =
  | "available"
  | "pending"
  | "sold"
  | (string & {});

export interface Owner {
  name: string;
  email?: string | null;
}

/** A pet in the store. */
export interface Pet {
  id: number;
  name: string;
  tag?: string;
  /** @format date */
  birthDate?: string;
  owner?: Owner | null;
  children?: Pet[];
  attributes?: { [key: string]: string };
}

export interface PhotoInfo {
  size: number;
  caption?: string;
}

export interface UploadPhotoRequest {
  file: Blob | Uint8Array;
  caption?: string;
}

export interface ValidationError {
  message: string;
  fields?: { [key: string]: string };
}
