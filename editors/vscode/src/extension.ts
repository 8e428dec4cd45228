// Starts `dejargon lsp` for prose buffers. Everything else (checking,
// hovers, quick fixes, config discovery) is the language server's job.
import * as vscode from "vscode";
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
} from "vscode-languageclient/node";

let client: LanguageClient | undefined;

// The settings the server reads: every dejargon.* setting this
// extension declares in package.json except the command's path, under the
// same names as the server's initialization options and its "dejargon"
// configuration section. Settings left unset are not sent.
function serverSettings(packageJSON: any): Record<string, unknown> {
  const cfg = vscode.workspace.getConfiguration("dejargon");
  const declared: Record<string, unknown> = packageJSON?.contributes?.configuration?.properties ?? {};
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(declared)) {
    const name = key.replace(/^dejargon\./, "");
    const value = cfg.get(name);
    if (name !== "path" && value !== undefined && value !== null && value !== "") {
      out[name] = value;
    }
  }
  return out;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const command = vscode.workspace.getConfiguration("dejargon").get<string>("path", "dejargon");
  const serverOptions: ServerOptions = { command, args: ["lsp"] };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: "markdown" },
      { language: "mdx" },
      { language: "plaintext" },
      { language: "html" },
      { language: "email" },
      { pattern: "**/*.eml" },
    ],
    initializationOptions: serverSettings(context.extension.packageJSON),
    synchronize: {
      // Config files and team glossaries: the server reloads on change.
      fileEvents: vscode.workspace.createFileSystemWatcher("**/*.{yaml,yml}"),
    },
  };
  client = new LanguageClient("dejargon", "dejargon", serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration("dejargon") && client) {
        void client.sendNotification("workspace/didChangeConfiguration", {
          settings: { dejargon: serverSettings(context.extension.packageJSON) },
        });
      }
    }),
  );
  await client.start();
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
