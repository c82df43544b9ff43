import { execFile } from 'node:child_process';

/**
 * The text of a PDF as a reader extracts it (pdf-parse, on Mozilla's pdf.js), with its page count. pdf.js loads
 * itself through dynamic ESM imports, which jest's CommonJS sandbox cannot run, so it reads in a child Node.
 */
export async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const script = `
    const { PDFParse } = require('pdf-parse');
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', async () => {
      const parser = new PDFParse({ data: Buffer.concat(chunks) });
      const result = await parser.getText();
      await parser.destroy();
      process.stdout.write(JSON.stringify({ text: result.text, pages: result.total }));
    });`;
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', script], { cwd: __dirname, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`pdf-parse failed: ${stderr || error.message}`));
      resolve(JSON.parse(stdout) as { text: string; pages: number });
    });
    child.stdin!.end(pdf);
  });
}
