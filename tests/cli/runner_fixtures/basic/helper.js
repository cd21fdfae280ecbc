// Not a test: matches no glob.
throw new Error('helper.js must not be run as a test');
