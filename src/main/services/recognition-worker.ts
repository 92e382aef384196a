// Worker entry: the second recognition lane of an analysis (see extract/ocr/recognition-lane).
import { parentPort } from 'node:worker_threads';
import { serveRecognitionLane } from '../extract/ocr/recognition-lane';

if (!parentPort) throw new Error('recognition-worker must be started as a worker thread');
void serveRecognitionLane(parentPort);
