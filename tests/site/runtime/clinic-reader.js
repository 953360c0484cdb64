/* the loader (a stand-in for the test) */
