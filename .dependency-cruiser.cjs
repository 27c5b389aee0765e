// Import cycles in the bot and the tab, type-only imports included. ESLint's import-x/no-cycle (in
// eslint.config.mjs) skips `import type` by design, so a cycle made of a type import one way and a
// value import the other (a view and the parts that borrow its prop types) passes it; this does not.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles, type-only ones too: move the shared type to a module both sides import.',
      from: { path: '^(bot/src|tab/src)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
    // Keep `import type` dependencies: they are the ones ESLint does not see.
    tsPreCompilationDeps: true,
    // No tsConfig: all our imports are relative (a cycle cannot run through @contract/*, as the bot
    // never imports the tab), and one tsconfig would not fit both the bot and the tab.
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
};
