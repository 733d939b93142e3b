// `ng build` without the Angular CLI: the CLI only runs the build target of angular.json through
// Angular's architect, which is what this does. Same builder (@angular/build:application), same
// output, about 300 fewer packages to install (the CLI brings schematics, npm and MCP clients).
import { createRequire } from 'node:module';

// CommonJS packages without an exports map: required, as the CLI does.
const require = createRequire(import.meta.url);
const { Architect } = require('@angular-devkit/architect');
const { WorkspaceNodeModulesArchitectHost } = require('@angular-devkit/architect/node');
const { json, workspaces } = require('@angular-devkit/core');
const { NodeJsSyncHost, createConsoleLogger } = require('@angular-devkit/core/node');

const root = process.cwd();
const { workspace } = await workspaces.readWorkspace('angular.json', workspaces.createWorkspaceHost(new NodeJsSyncHost()));
const registry = new json.schema.CoreSchemaRegistry();
registry.addPostTransform(json.schema.transforms.addUndefinedDefaults);
registry.useXDeprecatedProvider((message) => console.warn(message));
const architect = new Architect(new WorkspaceNodeModulesArchitectHost(workspace, root), registry);

const logger = createConsoleLogger(false, process.stdout, process.stderr);
const run = await architect.scheduleTarget({ project: 'app', target: 'build' }, {}, { logger });
const result = await run.lastOutput;
await run.stop();
process.exit(result.success ? 0 : 1);
