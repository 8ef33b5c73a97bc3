"""Problems of the learning paths solvable here: LeetCode-shaped Python problems judged in the
sandbox, whose accepted solutions feed progress and reviews."""
