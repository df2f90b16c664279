// Placeholder: this target's code lands with issue 4.
