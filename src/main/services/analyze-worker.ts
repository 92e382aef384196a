// Worker entry: runs analyzeFile off the main thread. Started by the analyzer pool, one task at a time.
import { startAnalyzeWorker } from './analyze-worker-serve';

startAnalyzeWorker();
