export { olderTerminalGateway } from '../../support/older-terminal-gateway.ts';
