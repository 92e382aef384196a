globalThis.PRE = 'yes';
