# SPDX-FileCopyrightText: 2026 Twostep developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Holds a mutter RemoteDesktop session open so the headless seat has a keyboard (focus needs one).

Prints "ready" once the virtual keyboard exists, then lives until it is killed. SIGUSR1 presses and
releases Shift: a key press a focused client can tie an activation token to. Runs with the
system python (/usr/bin/python3), which has PyGObject.
"""
import signal

from gi.repository import Gio, GLib

SERVICE = "org.gnome.Mutter.RemoteDesktop"
SESSION = "org.gnome.Mutter.RemoteDesktop.Session"
SHIFT_L = 0xFFE1


def main():
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    path = bus.call_sync(SERVICE, "/org/gnome/Mutter/RemoteDesktop", SERVICE, "CreateSession", None,
                         GLib.VariantType("(o)"), Gio.DBusCallFlags.NONE, 10000, None).unpack()[0]
    bus.call_sync(SERVICE, path, SESSION, "Start", None, None, Gio.DBusCallFlags.NONE, 10000, None)

    def tap_shift():
        for pressed in (True, False):
            bus.call_sync(SERVICE, path, SESSION, "NotifyKeyboardKeysym", GLib.Variant("(ub)", (SHIFT_L, pressed)),
                          None, Gio.DBusCallFlags.NONE, 10000, None)
        return GLib.SOURCE_CONTINUE

    # The virtual keyboard joins the seat with its first key.
    tap_shift()
    GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, signal.SIGUSR1, tap_shift)
    print("ready", path, flush=True)
    loop = GLib.MainLoop()
    GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, signal.SIGTERM, loop.quit)
    loop.run()


if __name__ == "__main__":
    main()
