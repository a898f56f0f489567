package org.optiviz.io.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.concurrent.CancellationException;
import java.util.function.IntFunction;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Encodes frames as a looping animated GIF with the JDK's ImageIO writer: one shared palette (see
 * {@link GifPalette}), a GraphicControlExtension per frame for its delay, a NETSCAPE2.0 extension to loop forever.
 * After the first frame only the rectangle that changed is stored, on top of the previous frame, and inside it the
 * pixels that did not change are transparent: a race adds a little path per frame, so the file and the encoding
 * time stay small.
 */
public final class AnimatedGifWriter {
    /** Browsers treat delays under 2/100 s as 1/10 s, so faster rates would play slower. */
    public static final int MAX_FPS = 50;
    /** The last frame stays this long (1/100 s) before the loop starts over, so the end can be seen. */
    public static final int FINAL_HOLD_CENTISECONDS = 150;
    private static final String FORMAT = "javax_imageio_gif_image_1.0";
    private static final String STREAM_FORMAT = "javax_imageio_gif_stream_1.0";

    private AnimatedGifWriter() {
    }

    /** The per-frame delay in hundredths of a second for this frame rate. */
    public static int delayCentiseconds(double fps) {
        return (int) Math.max(2, Math.round(100 / fps));
    }

    /**
     * Writes {@code count} frames, rendering each on demand (frame i must be width × height).
     *
     * @param exact 0xRRGGBB colours that must come out exactly (each optimizer's)
     * @throws CancellationException when the progress asks to stop; nothing useful has been written then
     */
    public static void write(OutputStream out, int count, double fps, IntFunction<BufferedImage> frames, int[] exact,
                             ExportProgress progress) throws IOException {
        if (count < 1) {
            throw new IllegalArgumentException("an animation needs at least one frame");
        }
        BufferedImage last = frames.apply(count - 1);
        GifPalette palette = GifPalette.of(last, exact);
        int width = last.getWidth();
        int height = last.getHeight();
        ImageWriter writer = gifWriter();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(new NonClosing(out))) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            writer.prepareWriteSequence(streamMetadata(writer, param, width, height, palette));
            byte[] previous = null;
            int delay = delayCentiseconds(fps);
            for (int i = 0; i < count; i++) {
                if (progress.cancelled()) {
                    throw new CancellationException("export cancelled");
                }
                BufferedImage frame = i == count - 1 ? last : frames.apply(i);
                if (frame.getWidth() != width || frame.getHeight() != height) {
                    throw new IllegalArgumentException("frame " + i + " is not " + width + "x" + height);
                }
                byte[] indices = palette.indices(frame);
                int[] box = previous == null ? new int[] {0, 0, width, height} : changedBox(previous, indices, width);
                int frameDelay = i == count - 1 ? Math.max(delay, FINAL_HOLD_CENTISECONDS) : delay;
                BufferedImage part = indexedImage(previous == null ? indices : changesOnly(previous, indices),
                        width, box, palette);
                IIOMetadata meta = frameMetadata(writer, part, param, frameDelay, box, i == 0);
                writer.writeToSequence(new IIOImage(part, null, meta), param);
                previous = indices;
                progress.progress(i + 1, count);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    private static ImageWriter gifWriter() throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime has no GIF writer");
        }
        return writers.next();
    }

    /** {x, y, w, h} of the pixels that differ, or a 1×1 box when nothing changed (GIF frames cannot be empty). */
    static int[] changedBox(byte[] before, byte[] after, int width) {
        int height = after.length / width;
        int minX = width;
        int minY = height;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                if (before[row + x] != after[row + x]) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = y;
                }
            }
        }
        if (maxX < 0) {
            return new int[] {0, 0, 1, 1};
        }
        return new int[] {minX, minY, maxX - minX + 1, maxY - minY + 1};
    }

    /** The frame with every pixel equal to the previous frame's made transparent. */
    private static byte[] changesOnly(byte[] before, byte[] after) {
        byte[] out = new byte[after.length];
        for (int i = 0; i < after.length; i++) {
            out[i] = before[i] == after[i] ? (byte) GifPalette.TRANSPARENT : after[i];
        }
        return out;
    }

    private static BufferedImage indexedImage(byte[] indices, int width, int[] box, GifPalette palette) {
        BufferedImage image = new BufferedImage(box[2], box[3], BufferedImage.TYPE_BYTE_INDEXED, palette.model());
        byte[] row = new byte[box[2]];
        for (int y = 0; y < box[3]; y++) {
            System.arraycopy(indices, (box[1] + y) * width + box[0], row, 0, box[2]);
            image.getRaster().setDataElements(0, y, box[2], 1, row);
        }
        return image;
    }

    /** The header: the screen size and the shared palette as the global colour table. */
    private static IIOMetadata streamMetadata(ImageWriter writer, ImageWriteParam param, int width, int height,
                                              GifPalette palette) throws IOException {
        IIOMetadata meta = writer.getDefaultStreamMetadata(param);
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(STREAM_FORMAT);
        IIOMetadataNode screen = child(root, "LogicalScreenDescriptor");
        screen.setAttribute("logicalScreenWidth", Integer.toString(width));
        screen.setAttribute("logicalScreenHeight", Integer.toString(height));
        screen.setAttribute("colorResolution", "8");
        screen.setAttribute("pixelAspectRatio", "0");
        IIOMetadataNode table = child(root, "GlobalColorTable");
        while (table.getFirstChild() != null) {
            table.removeChild(table.getFirstChild());
        }
        table.setAttribute("sizeOfGlobalColorTable", Integer.toString(GifPalette.SIZE));
        table.setAttribute("backgroundColorIndex", "0");
        table.setAttribute("sortFlag", "FALSE");
        for (int i = 0; i < GifPalette.SIZE; i++) {
            int rgb = i < palette.size() ? palette.colour(i) : 0;
            IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
            entry.setAttribute("index", Integer.toString(i));
            entry.setAttribute("red", Integer.toString(rgb >> 16 & 0xFF));
            entry.setAttribute("green", Integer.toString(rgb >> 8 & 0xFF));
            entry.setAttribute("blue", Integer.toString(rgb & 0xFF));
            table.appendChild(entry);
        }
        meta.setFromTree(STREAM_FORMAT, root);
        return meta;
    }

    private static IIOMetadata frameMetadata(ImageWriter writer, BufferedImage image, ImageWriteParam param,
                                             int delay, int[] box, boolean first) throws IOException {
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(FORMAT);
        IIOMetadataNode local = child(root, "LocalColorTable");
        root.removeChild(local); // every frame uses the global table

        IIOMetadataNode descriptor = child(root, "ImageDescriptor");
        descriptor.setAttribute("imageLeftPosition", Integer.toString(box[0]));
        descriptor.setAttribute("imageTopPosition", Integer.toString(box[1]));
        descriptor.setAttribute("imageWidth", Integer.toString(box[2]));
        descriptor.setAttribute("imageHeight", Integer.toString(box[3]));

        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "doNotDispose");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", first ? "FALSE" : "TRUE");
        control.setAttribute("delayTime", Integer.toString(delay));
        control.setAttribute("transparentColorIndex", Integer.toString(GifPalette.TRANSPARENT));

        if (first) {
            IIOMetadataNode extensions = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1, loop count 0 = forever
            extensions.appendChild(loop);
        }
        meta.setFromTree(FORMAT, root);
        return meta;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    /** Lets the image stream close without closing the caller's stream (AtomicFiles closes that). */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
