package org.optiviz.core.function;

import java.util.Random;
import org.optiviz.core.function.Expr.Fn;

/** Random typed formulas, smooth where they are defined, for checking derivatives and compiled code. */
final class RandomExpressions {
    private static final Fn[] SMOOTH = {Fn.SIN, Fn.COS, Fn.ATAN, Fn.TANH, Fn.EXP, Fn.SQRT, Fn.LOG, Fn.SINH};

    private final Random random;

    RandomExpressions(long seed) {
        this.random = new Random(seed);
    }

    Expr next(int depth) {
        if (depth == 0 || random.nextInt(4) == 0) {
            return switch (random.nextInt(3)) {
                case 0 -> Expr.Var.X;
                case 1 -> Expr.Var.Y;
                default -> Expr.num(Math.round(random.nextGaussian() * 20) / 10.0);
            };
        }
        return switch (random.nextInt(8)) {
            case 0 -> Expr.add(next(depth - 1), next(depth - 1));
            case 1 -> Expr.sub(next(depth - 1), next(depth - 1));
            case 2, 3 -> Expr.mul(next(depth - 1), next(depth - 1));
            case 4 -> Expr.div(next(depth - 1), Expr.add(Expr.num(2), Expr.pow(next(depth - 1), Expr.num(2))));
            case 5 -> Expr.pow(next(depth - 1), Expr.num(random.nextInt(4)));
            case 6 -> new Expr.Neg(next(depth - 1));
            default -> {
                Fn fn = SMOOTH[random.nextInt(SMOOTH.length)];
                Expr arg = next(depth - 1);
                // Keep sqrt and log inside their domain and exp from overflowing, so differences are meaningful.
                if (fn == Fn.SQRT || fn == Fn.LOG) {
                    arg = Expr.add(Expr.num(1), Expr.pow(arg, Expr.num(2)));
                } else if (fn == Fn.EXP || fn == Fn.SINH) {
                    arg = Expr.call(Fn.SIN, arg);
                }
                yield Expr.call(fn, arg);
            }
        };
    }
}
