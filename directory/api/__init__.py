"""The read-only HSDS 3.0 API of a network, served at /api/hsds/ on the network's host."""
