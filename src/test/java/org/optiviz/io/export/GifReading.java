package org.optiviz.io.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

/** Reads an animated GIF back: each frame's delay, position, and the picture composed as a viewer shows it. */
final class GifReading {
    record Frame(int delay, int left, int top, BufferedImage composed) {
    }

    private GifReading() {
    }

    static List<Frame> read(Path file) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        List<Frame> frames = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            int count = reader.getNumImages(true);
            BufferedImage canvas = null;
            for (int i = 0; i < count; i++) {
                BufferedImage part = reader.read(i);
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i)
                        .getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode descriptor = (IIOMetadataNode) root.getElementsByTagName("ImageDescriptor").item(0);
                IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension")
                        .item(0);
                int left = Integer.parseInt(descriptor.getAttribute("imageLeftPosition"));
                int top = Integer.parseInt(descriptor.getAttribute("imageTopPosition"));
                if (canvas == null) {
                    canvas = new BufferedImage(part.getWidth(), part.getHeight(), BufferedImage.TYPE_INT_RGB);
                }
                Graphics2D g = canvas.createGraphics();
                g.drawImage(part, left, top, null);
                g.dispose();
                BufferedImage copy = new BufferedImage(canvas.getWidth(), canvas.getHeight(), BufferedImage.TYPE_INT_RGB);
                copy.setData(canvas.getData());
                frames.add(new Frame(Integer.parseInt(control.getAttribute("delayTime")), left, top, copy));
            }
        } finally {
            reader.dispose();
        }
        return frames;
    }

    /** Whether the file carries the NETSCAPE2.0 loop-forever extension. */
    static boolean loopsForever(Path file) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            var extensions = root.getElementsByTagName("ApplicationExtension");
            for (int i = 0; i < extensions.getLength(); i++) {
                IIOMetadataNode ext = (IIOMetadataNode) extensions.item(i);
                byte[] data = (byte[]) ext.getUserObject();
                if ("NETSCAPE".equals(ext.getAttribute("applicationID")) && data.length == 3 && data[1] == 0
                        && data[2] == 0) {
                    return true;
                }
            }
            return false;
        } finally {
            reader.dispose();
        }
    }
}
