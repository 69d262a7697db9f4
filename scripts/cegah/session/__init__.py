"""The session kit for outreach officers: the quiz's results (`cegah evaluate`)."""
