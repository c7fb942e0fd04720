"""One Calf Coach per user: a second launch hands its request to the running app.

Why: ``coach --cramp`` from a hot key at 3 a.m. must bring the cramp screen of
the app that already sits in the tray to the front, fast, instead of starting a
second copy with its own reminders and tray icon.

The modules, one job each (this package's face imports nothing, so the
pre-Qt client stays free of Qt):

- ``protocol``: the wire format, one JSON line each way, and which request a
  command line means. Pure.
- ``address``: where the running app listens (per-user name, socket path in
  the private runtime folder, or a plain name when that path is too long).
  Pure.
- ``fast_client``: the client a second launch tries first, before importing
  Qt (``fast_forward``); Unix only.
- ``lock``: the ``QLockFile`` that says which process is the app; one left by
  a crash is taken over.
- ``transport``: the one place that chooses how the bytes travel (plain
  ``AF_UNIX`` + ``QSocketNotifier`` on Linux and macOS, ``QLocalServer`` on
  Windows), and says why; ``posix`` and ``qt_local`` are the two transports,
  ``connection`` what their server connections share.
- ``server``: ``InstanceGuard``, the running app's side: lock + server, and
  what is done with each request.
- ``client``: the Qt-side client (``forward``), any platform, any transport.
- ``startup``: ``start_or_forward``, the start-up decision: become the app,
  forward, or report a frozen copy (``Unanswered``).

Start-up flow for ``coach/app.py``::

    args = parse(argv)
    # 1. Fast path, before importing any Qt:
    request = request_from_args(args)
    answer = fast_forward(request) if request is not None else None
    if answer is Answer.ACCEPTED:
        return 0                           # the running app took it
    # 2. Full path (Qt), also handles start-up races and error messages:
    outcome = start_or_forward(args, known_silent=answer is Answer.SILENT)
    if isinstance(outcome, int):
        return outcome                     # forwarded (0), refused (1), bad request (2)
    if isinstance(outcome, Unanswered):
        return run_unanswered(...)         # a frozen copy: own cramp screen, or a dialog
    guard = outcome                        # we hold the lock: we are the app
    app = QApplication(...)
    ... build the window ...
    guard.requestReceived.connect(window_handles_request)
    guard.listen()                         # last thing before app.exec()
    code = app.exec()
    guard.release()

A request is only carried out while its sender still waits for the answer:
each one carries its sender's deadline (``until``, see ``protocol``), and a
request whose sender has hung up is dropped too. A frozen copy that resumes
therefore does not act on the requests that queued up meanwhile (a ``quit``
reported as failed, ten ``--cramp`` presses).

The socket: on Unix a full path, ``<runtime folder>/<name>.sock`` (the
runtime folder, ``XDG_RUNTIME_DIR``, is private to the user and cleared at
log-out, unlike ``/tmp``); if that is too long for a Unix socket, the plain
name in Qt's temporary folder (the name carries the user id). User-only
either way. On Windows a named pipe, per user by name. A socket file left by
a crash is removed before listening, only ever by the lock holder.
"""
