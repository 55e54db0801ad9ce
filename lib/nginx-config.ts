// The nginx configuration for several app instances behind one address (README, "Running several
// instances"; `npm run nginx:config` prints it; tests/e2e/instances.spec.ts runs it). Pure.
//   - round robin over the instances; a failed connection, a timeout or a 502/503/504 from one
//     instance is retried on the next (for GET and HEAD; a form post is never sent twice);
//   - an instance that fails is left out for 10 s;
//   - the client's address and protocol are passed on (set NORTHSTAR_TRUST_PROXY=1 on the app);
//   - no buffering of responses (the CSV import reports progress as it goes).

export interface NginxOptions {
  /** `port` or `address:port` nginx listens on. */
  listen: string;
  /** The app instances, `host:port` each. */
  upstreams: string[];
  /** Where nginx keeps its pid, logs and temporary files (a directory of its own). */
  prefix: string;
  /** Tests only: a request header `x-northstar-instance: <n>` sends it to upstream n (1-based). */
  pinning?: boolean;
}

export function nginxConfig({ listen, upstreams, prefix, pinning = false }: NginxOptions): string {
  if (upstreams.length === 0) throw new Error('nginx needs at least one upstream');
  const pins = pinning
    ? `
  # Tests only: pin a request to one instance.
  map $http_x_northstar_instance $northstar_backend {
    default northstar;
${upstreams.map((u, i) => `    ${i + 1} ${u};`).join('\n')}
  }
`
    : '';
  const target = pinning ? '$northstar_backend' : 'northstar';
  return `# Northstar behind nginx: ${upstreams.length} app instance(s) on one database.
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }

http {
  access_log ${prefix}/access.log;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  # Plan files are uploaded up to 10 MB.
  client_max_body_size 11m;

  upstream northstar {
${upstreams.map((u) => `    server ${u} max_fails=1 fail_timeout=10s;`).join('\n')}
    keepalive 16;
  }
${pins}
  server {
    listen ${listen};

    location / {
      proxy_pass http://${target};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_buffering off;
      proxy_connect_timeout 2s;
      proxy_read_timeout 300s;
      proxy_next_upstream error timeout http_502 http_503 http_504;
      proxy_next_upstream_tries 3;
      add_header X-Northstar-Upstream $upstream_addr always;
    }
  }
}
`;
}
