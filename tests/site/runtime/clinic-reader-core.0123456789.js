/* the glue (a stand-in) */
