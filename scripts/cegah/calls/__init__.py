"""`cegah calls`: test calls of the hotline numbers, by an office.

`due` says which numbers need a call, `sheet` lays out the A4 call sheet and `output` draws it
and writes the PDF, its preview and a CSV template; `csvfile` reads that CSV back once it is
filled in, and `record` checks every row and adds the calls to docs/data/contacts.yml through
`yamledit`, which edits the text so comments and formatting stay as they were.
"""
