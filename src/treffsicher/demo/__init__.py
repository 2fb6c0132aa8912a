"""Demo workspace texts: two fictional clients written by us, loaded by `make demo`."""
