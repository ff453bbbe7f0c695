// Data types of the API used by the operations of `client.pets`.

export type Animal = (Cat & { petType: "cat" }) | (Dog & { petType: "dog" });

export interface Cat {
  petType: string;
  name: string;
  indoor?: boolean;
}

export interface Dog {
  petType: string;
  name: string;
  barkVolume?: number;
}

export interface NewPet {
  /** What the pet answers to: "Rex", say. */
  name: string;
  tag?: string;
  status?: PetStatus;
}

export interface Owner {
  name: string;
  email?: string | null;
}

/** A pet in the store. */
export interface Pet {
  id: number;
  name: string;
  tag?: string;
  status?: PetStatus;
  /** @format date */
  birthDate?: string;
  owner?: Owner | null;
  children?: Pet[];
  attributes?: { [key: string]: string };
}

/** Where the pet is in the sales process. */
export type PetStatus =
  | "available"
  | "pending"
  | "sold"
  | (string & {});

export interface PhotoInfo {
  size: number;
  caption?: string;
}

export interface SearchPetsFilter {
  color?: string;
  minAge?: number;
}

export interface SearchResult {
  results: Animal[];
  total: number;
}

export interface UploadPhotoRequest {
  file: Blob | Uint8Array;
  caption?: string;
}

export interface ValidationError {
  message: string;
  fields?: { [key: string]: string };
}
