// Shared helpers for lossrun tests.
