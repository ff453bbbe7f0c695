// Data types of the API used by the operations of several groups.

export interface ErrorModel {
  code: number;
  message: string;
}
