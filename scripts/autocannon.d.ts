// The part of autocannon's API that bench-scorecard.ts uses (the package ships no types).
declare module 'autocannon' {
  interface Histogram {
    total: number;
    average: number;
  }
  interface Result {
    requests: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
  }
  interface Instance extends PromiseLike<Result> {
    on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): this;
  }
  export default function autocannon(options: { url: string; connections: number; duration: number }): Instance;
}
