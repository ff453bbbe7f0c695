// Data types of the API that no operation uses directly.

export interface PetBase {
  /** What the pet answers to: "Rex", say. */
  name: string;
  tag?: string;
}
