"""Demo listings for the two demo networks: realistic services, translated into the portal's five languages."""
