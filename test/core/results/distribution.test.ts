import { distribution, rank } from "../../../src/core/results/distribution";

test("quartiles as Excel's QUARTILE.INC, mean, min and max", () => {
  expect(distribution([1, 2, 3, 4])).toEqual({ count: 4, mean: 2.5, min: 1, q1: 1.75, median: 2.5, q3: 3.25, max: 4 });
  // QUARTILE.INC({7,15,36,39,40,41},1) = 20.25, (…,3) = 39.75
  expect(distribution([41, 7, undefined, 39, 15, 40, 36])).toMatchObject({ count: 6, q1: 20.25, median: 37.5, q3: 39.75, min: 7, max: 41 });
  expect(distribution([3.5])).toEqual({ count: 1, mean: 3.5, min: 3.5, q1: 3.5, median: 3.5, q3: 3.5, max: 3.5 });
  expect(distribution([undefined])).toBeUndefined();
});

test("rank: 1 is best, ties share a place, the direction is the figure's", () => {
  expect([3, 4, 5, 4].map((f) => rank(f, [3, 4, 5, 4], "higher"))).toEqual([4, 2, 1, 2]);
  expect([0, 25, 0].map((f) => rank(f, [0, 25, 0, undefined], "lower"))).toEqual([1, 3, 1]);
  expect(rank(undefined, [1], "higher")).toBeUndefined();
});
