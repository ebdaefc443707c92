"""The Trygghet user interface: the "Åtgärder" dock panel and the measure form."""
