"""`make drill`: Soleil's faults, tried on loopback (scripts/drill.py runs the steps).

- `processes`: what the drill starts (PostgreSQL, gunicorn) and stops, whatever happens;
- `web`: plain HTTP as a visitor or an editor sends it, cookies kept by hand;
- `outage`: PostgreSQL restarted under wrk;
- `killed_publish`: a publish SIGKILLed at random moments (run with Django set up);
- `concurrency`: 20 publishes and 20 form posts at once (run with Django set up);
- `disk`: uploads and module packs with the media folder full, then read-only;
- `site`: what to ask for, read from the database (run with Django set up).
"""
