import { runPull } from '../bundle/index.js';

void runPull();
