"""Shared by the test and benchmark scripts that generate documents."""


def word(n):
    """A distinct lowercase word for each n (a, b, ..., z, ba, ...): told apart by letters, not
    digits, because a number in a document could read as a year."""
    s = ""
    while True:
        s = chr(97 + n % 26) + s
        n //= 26
        if n == 0:
            return s
