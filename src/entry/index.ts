import { runAction } from './bundle/index.js';

void runAction();
