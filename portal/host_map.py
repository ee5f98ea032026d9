"""Which network serves which host name, kept in the process."""
