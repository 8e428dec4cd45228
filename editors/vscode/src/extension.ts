// Starts `dejargon lsp` for prose buffers. Everything else (checking,
// hovers, quick fixes, config discovery) is the language server's job.
import * as vscode from "vscode";
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
} from "vscode-languageclient/node";

let client: LanguageClient | undefined;

// The settings the server reads, under the same names as its
// initialization options and its "dejargon" configuration section.
function serverSettings(): Record<string, unknown> {
  const cfg = vscode.workspace.getConfiguration("dejargon");
  const out: Record<string, unknown> = {
    glossaries: cfg.get<string[]>("glossaries", []),
    noBuiltin: cfg.get<boolean>("noBuiltin", false),
    config: cfg.get<string>("config", ""),
  };
  const audience = cfg.get<string>("audience");
  if (audience) {
    out.audience = audience;
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
    initializationOptions: serverSettings(),
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
          settings: { dejargon: serverSettings() },
        });
      }
    }),
  );
  await client.start();
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
