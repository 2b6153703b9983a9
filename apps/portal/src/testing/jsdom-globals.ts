import { TextDecoder, TextEncoder } from 'node:util';

// What browsers have and jsdom lacks, needed by react-router when it loads.
Object.assign(globalThis, { TextEncoder, TextDecoder });
