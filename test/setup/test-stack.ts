export interface TestStack {
  workDir: string;
  stops: (() => Promise<void>)[];
}
