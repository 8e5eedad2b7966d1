export interface PostgresCluster {
  /** postgres://kiosk@127.0.0.1:<port>/kiosk */
  url: string;
  /** Stops the cluster and deletes its folder. */
  stop(): void;
}

export function postgresBin(): string | undefined;
export function startPostgres(options?: {
  durable?: boolean;
  port?: number;
}): Promise<PostgresCluster>;
