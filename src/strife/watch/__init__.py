"""watch: spike alerts over the store (``strife watch``).

    periods   weeks and months as date ranges
    series    the store's incidents, deaths and news documents per area and period
    method    the baseline each period is judged against (negative binomial, tail probability)
              and the percentage rule it is compared with
    detect    series in, alerts out (``Alert``, the schema.md JSON line)
    run       ``run_watch``: store → alerts, for the CLI, the API and ``--follow``
"""
