import type { IncomingMessage, ServerResponse } from 'node:http';

export interface StaticServer {
  readonly url: string;
  readonly port: number;
  readonly requests: string[];
  close(): Promise<void>;
}

export function serveStatic(options: {
  root: string;
  basePath?: string;
  port?: number;
  gzip?: boolean;
  extra?: (req: IncomingMessage, res: ServerResponse) => boolean;
}): Promise<StaticServer>;
