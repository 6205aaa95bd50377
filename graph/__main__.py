"""The ``dkg`` command (also ``python -m graph``).

The command line (:mod:`graph.cli`, which loads the store and RDF libraries) is imported only when the command
runs: the worker processes of ``dkg ingest --jobs N`` import the script that started them again, and so load only
what extraction needs.
"""

from __future__ import annotations


def main() -> None:
    """Run the ``dkg`` command line."""
    from .cli import main as run

    run()


if __name__ == "__main__":
    main()
