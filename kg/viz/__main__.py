"""python -m kg.viz > schema/browser.grass: regenerate the Neo4j Browser style sheet."""
from kg.viz.style import grass

print(grass(), end="")
