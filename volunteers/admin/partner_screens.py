"""Partner staff's admin screens: their opportunities, shifts, applicants and hours. Not built yet."""
