"""The desk's work, one module per area: rules, state changes, numbering, permissions, audit."""
