"""Grammar-shaped extraction rules written as yargy grammars (natasha's rule library):
the words' kinds and the agreement between them are stated, not spelled out as regexes."""
