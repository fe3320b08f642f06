/** Sent when a print is on its way (the Print button, Ctrl+P): charts draw, the link's QR code loads. */
export const PRINT_EVENT = 'ml-framework-advisor:print';
