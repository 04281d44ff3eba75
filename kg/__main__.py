"""`python -m kg ...`: the same CLI as the `kg` console script (kg.cli:main)."""
from kg.cli import main

if __name__ == "__main__":
    main(prog_name="kg")
