// Operations of the `health` group, reached as `client.health`.
import type { HttpClient, RequestOptions } from "../runtime/http.js";
import type { ApiPromise } from "../runtime/raw.js";

/** What `getHealth` takes. */
export type GetHealthParams = Record<string, never>;

/** Operations of the `health` group, reached as `client.health`. */
export declare class HealthResource {
  /** Made by `Client`, which shares its HttpClient with every group. */
  constructor(http: HttpClient);

  /**
   * Health check
   *
   * `GET /health`
   */
  getHealth(params?: GetHealthParams, options?: RequestOptions): ApiPromise<void>;
}
