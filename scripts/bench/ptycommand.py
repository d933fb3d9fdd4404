"""What the pseudo-terminal benchmarks share: the size and command arguments, and starting the command on a pty."""
import argparse
import fcntl
import os
import pty
import struct
import termios


def add_arguments(parser):
    """Adds --rows, --columns and the command after `--`."""
    parser.add_argument("--rows", type=int, default=24)
    parser.add_argument("--columns", type=int, default=80)
    parser.add_argument("command", nargs=argparse.REMAINDER)


def spawn(parser, options):
    """Starts the command given after `--` on a pty of the size asked; returns its pid and the pty's descriptor."""
    command = options.command[1:] if options.command[:1] == ["--"] else options.command
    if not command:
        parser.error("give the command after --")
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", options.rows, options.columns, 0, 0))
        os.execvp(command[0], command)
    return pid, fd
