"""The network-scoped admin: building blocks every feature's admin screens are made of, and the platform's own."""
